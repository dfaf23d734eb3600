export { featuresRoadmap } from './features-roadmap.js';
export { projectManagement } from './project-management.js';
export { softwareDevelopment } from './software-development.js';
