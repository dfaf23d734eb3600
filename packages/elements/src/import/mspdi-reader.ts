/** The MSPDI reader, behind an `import()` so the wizard's entry does not carry it until an XML file comes. */
export { importMSProjectXML } from '@roadline/core';
