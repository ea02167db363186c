/** Batch import: many published files loaded in one request, each as a single submission of its own. */
package gov.disclosure.reports.batch;
