-- A region with no region below it (a county, a city without counties) keeps its 全域 (ALL) rollup once, as its 本级
-- (OWN) rollup: the sums are the same (gov.disclosure.rollups.domain.StoredScope). The service rebuilds the rollups
-- once at its next start, which leaves out the ALL rows of such regions (unread from this release on).
update rollup_maintenance set rebuild_needed = true;
