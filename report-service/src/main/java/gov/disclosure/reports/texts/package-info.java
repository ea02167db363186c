/** Reports read from their published texts: parsed, their region found and their agency id given or derived. */
package gov.disclosure.reports.texts;
