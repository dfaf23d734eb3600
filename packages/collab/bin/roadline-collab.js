#!/usr/bin/env node
// The built server (npm run build). From a source checkout: node --import tsx packages/collab/src/server/cli.ts
import '../dist/server/cli.js';
