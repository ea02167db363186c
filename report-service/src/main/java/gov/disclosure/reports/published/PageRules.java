package gov.disclosure.reports.published;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The vertical rules a page draws: its tables' cell borders, as thin filled rectangles or stroked lines and
 * rectangles. In the page's text coordinates (from the crop box's left, and down from its top, as PDFBox's text
 * positions are), so that a rule between two characters of a line says they are in different cells, however
 * narrow the gap between them.
 */
final class PageRules {

    /** A rule's x, and how far it reaches from its top to its bottom. */
    record Rule(float x, float top, float bottom) {
    }

    /** Thinner than this (points) a filled rectangle is a line; shorter than the least height it is no border. */
    private static final float THINNEST = 2.5f;
    private static final float LEAST_HEIGHT = 4f;
    private static final float VERTICAL = 0.5f;

    /**
     * More rules than this and a page is a drawing, not a table (a table's page has a few hundred): its text is read by
     * its gaps alone, and no character asks more rules than this whether they stand beside it.
     */
    static final int MAX_RULES = 10_000;
    private static final PageRules NONE = new PageRules(new Rule[0]);

    private final Rule[] byX;

    private PageRules(Rule[] byX) {
        this.byX = byX;
    }

    /** The page's rules, each drawing operation spent from {@code steps}. */
    static PageRules of(PDPage page, PdfBudget steps) throws IOException {
        Collector collector = new Collector(page, steps);
        collector.processPage(page);
        if (collector.rules.size() > MAX_RULES) {
            return NONE;
        }
        Rule[] byX = collector.rules.toArray(Rule[]::new);
        Arrays.sort(byX, Comparator.comparingDouble(Rule::x));
        return new PageRules(byX);
    }

    /** Whether a rule stands between {@code left} and {@code right} (x) across the height {@code y}. */
    boolean between(float left, float right, float y) {
        int low = 0;
        int high = byX.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byX[middle].x() <= left) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int i = low; i < byX.length && byX[i].x() < right; i++) {
            if (byX[i].top() <= y && byX[i].bottom() >= y) {
                return true;
            }
        }
        return false;
    }

    private static final class Collector extends PDFGraphicsStreamEngine {

        private final PdfBudget steps;
        private final float left;
        private final float top;
        private final List<Rule> rules = new ArrayList<>();
        private final List<Point2D[]> rectangles = new ArrayList<>();
        private final List<float[]> lines = new ArrayList<>();
        private final Point2D.Float current = new Point2D.Float();

        Collector(PDPage page, PdfBudget steps) {
            super(page);
            this.steps = steps;
            PDRectangle crop = page.getCropBox();
            this.left = crop.getLowerLeftX();
            this.top = crop.getUpperRightY();
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            steps.spend(1);
            super.processOperator(operator, operands);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            rectangles.add(new Point2D[]{p0, p1, p2, p3});
            current.setLocation(p0);
        }

        @Override
        public void moveTo(float x, float y) {
            current.setLocation(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            lines.add(new float[]{current.x, current.y, x, y});
            current.setLocation(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current.setLocation(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
            // a closed rectangle or line adds no vertical edge its points did not
        }

        @Override
        public void endPath() {
            clearPath();
        }

        @Override
        public void strokePath() {
            keep(true);
        }

        @Override
        public void fillPath(int windingRule) {
            keep(false);
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            keep(true);
        }

        @Override
        public void clip(int windingRule) {
            // a clip draws nothing
        }

        @Override
        public void drawImage(PDImage image) {
            // images are not read for their lines
        }

        @Override
        public void shadingFill(COSName shadingName) {
            // nor shadings
        }

        /** The path's vertical rules: thin rectangles filled or stroked, stroked rectangles' sides, vertical lines. */
        private void keep(boolean stroked) {
            for (Point2D[] corners : rectangles) {
                double minX = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                double minY = Double.MAX_VALUE;
                double maxY = -Double.MAX_VALUE;
                for (Point2D corner : corners) {
                    minX = Math.min(minX, corner.getX());
                    maxX = Math.max(maxX, corner.getX());
                    minY = Math.min(minY, corner.getY());
                    maxY = Math.max(maxY, corner.getY());
                }
                if (maxY - minY < LEAST_HEIGHT) {
                    continue;
                }
                if (maxX - minX <= THINNEST) {
                    add((minX + maxX) / 2, minY, maxY);
                } else if (stroked) {
                    add(minX, minY, maxY);
                    add(maxX, minY, maxY);
                }
            }
            if (stroked) {
                for (float[] line : lines) {
                    if (Math.abs(line[0] - line[2]) <= VERTICAL && Math.abs(line[1] - line[3]) >= LEAST_HEIGHT) {
                        add(line[0], Math.min(line[1], line[3]), Math.max(line[1], line[3]));
                    }
                }
            }
            clearPath();
        }

        /** A rule as far as it shows: a table cut by a page break is drawn whole and clipped to the page's part. */
        private void add(double x, double low, double high) {
            if (rules.size() > MAX_RULES) {
                return;
            }
            Rectangle2D shown = getGraphicsState().getCurrentClippingPath().getBounds2D();
            double from = Math.max(low, shown.getMinY());
            double to = Math.min(high, shown.getMaxY());
            if (x >= shown.getMinX() && x <= shown.getMaxX() && to - from >= LEAST_HEIGHT) {
                rules.add(new Rule((float) (x - left), (float) (top - to), (float) (top - from)));
            }
        }

        private void clearPath() {
            rectangles.clear();
            lines.clear();
        }
    }
}
