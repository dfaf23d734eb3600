import { en, type Messages } from '../en.js';

export const messages: Messages = { ...en };
