/** Bulk submission: many canonical reports in one NDJSON body, stored in chunks as single submissions would be. */
package gov.disclosure.reports.bulk;
