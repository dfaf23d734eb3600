/**
 * Import and export. Microsoft Project XML (MSPDI): {@link fromMSProjectXML},
 * {@link toMSProjectXML}, and the schedule Project stored, {@link readMSProjectScheduleFacts}.
 */
export { fromMSProjectXML, DEADLINE_FIELD } from './mspdi/read.js';
export { toMSProjectXML } from './mspdi/write.js';
export { readMSProjectScheduleFacts } from './mspdi/facts.js';
export type { MSProjectScheduleFacts, MSProjectTaskFacts } from './mspdi/facts.js';
export { parseXml } from './xml/parse.js';
export type { XmlElement } from './xml/parse.js';
