package gov.disclosure.reports.published;

import gov.disclosure.reports.published.UnreadableDocumentException.Reason;

/** What reading one PDF may spend of one thing (bytes unpacked, steps taken); past it, the PDF is refused, unread. */
final class PdfBudget {

    private final long max;
    private final String refusal;
    private long spent;

    /** @param refusal the problem's detail when the budget runs out */
    PdfBudget(long max, String refusal) {
        this.max = max;
        this.refusal = refusal;
    }

    void spend(long amount) {
        spent += amount;
        if (spent > max) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, refusal);
        }
    }
}
