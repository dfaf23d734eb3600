/**
 * Import and export. Microsoft Project XML (MSPDI): {@link fromMSProjectXML} (with its
 * {@link ImportIssue} warnings), {@link toMSProjectXML}, and the schedule Project stored,
 * {@link readMSProjectScheduleFacts}.
 */
export type { ImportIssue } from './issues.js';
export { ImportIssueCode } from './issues.js';
export { TableIssueCode } from './table/issues.js';
export { MSProjectIssueCode } from './mspdi/issues.js';
export type { MSProjectImportIssue } from './mspdi/issues.js';
export { fromMSProjectXML, importMSProjectXML } from './mspdi/read.js';
export type { MSProjectImport } from './mspdi/read.js';
export { toMSProjectXML } from './mspdi/write.js';
export { readMSProjectScheduleFacts } from './mspdi/facts.js';
export type { MSProjectScheduleFacts, MSProjectTaskFacts } from './mspdi/facts.js';
export { parseXml } from './xml/parse.js';
export type { XmlElement } from './xml/parse.js';
export { importData } from './import-data.js';
export type { ImportDataOptions, ImportDataResult } from './import-data.js';
export { escapeICSText, foldICSLine, toICS } from './ics/index.js';
export type { ICSOptions } from './ics/index.js';
