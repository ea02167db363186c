-- A rollup is stored in two parts: the reports that break an arithmetic rule (breaks_rules) and those that break none.
-- The rollup of every report is the sum of both parts; the one that leaves out the reports breaking a rule is the
-- second part alone. Until now the rollup of every report and the one without them were stored side by side, so that
-- a report breaking no rule (most reports) was written to both; it is now written to one. The rows are converted
-- exactly, in place, so that this release reads the same sums before and after.

alter table rollup add column breaks_rules boolean;

-- the reports breaking no rule: the rollup that left out the others, as it was
update rollup set breaks_rules = false where excludes_violations;

-- the reports breaking a rule: every report, less those breaking none where there are any
update rollup whole set
    breaks_rules = true,
    report_count = whole.report_count - clean.report_count,
    reports_with_violations = whole.reports_with_violations - clean.reports_with_violations,
    numbers = array(select coalesce(n.every_report, 0) - coalesce(n.breaking_none, 0)
                    from unnest(whole.numbers, clean.numbers) with ordinality as n(every_report, breaking_none, position)
                    order by n.position)
from rollup clean
where not whole.excludes_violations and clean.excludes_violations
  and clean.region_code = whole.region_code and clean.year = whole.year and clean.scope = whole.scope
  and clean.basis = whole.basis;
update rollup set breaks_rules = true where breaks_rules is null;

-- no report breaking a rule in that rollup: no part to keep
delete from rollup
where breaks_rules and report_count = 0 and reports_with_violations = 0
  and not exists (select 1 from unnest(numbers) as n(number) where n.number <> 0);

alter table rollup drop constraint rollup_pkey;
alter table rollup drop column excludes_violations;
alter table rollup alter column breaks_rules set not null;
alter table rollup add primary key (region_code, year, scope, basis, breaks_rules);
