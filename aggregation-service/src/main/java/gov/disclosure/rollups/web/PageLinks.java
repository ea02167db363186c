package gov.disclosure.rollups.web;

import gov.disclosure.rollups.domain.Basis;
import gov.disclosure.rollups.domain.Scope;

import java.util.Locale;

/** The stable address of each view: a region, a year, a scope and a basis (and a page of its reports). */
record PageLinks(String regionCode, int year, Scope scope, Basis basis) {

    static String scopeParameter(Scope scope) {
        return scope.name().toLowerCase(Locale.ROOT);
    }

    static String basisParameter(Basis basis) {
        return basis.name().toLowerCase(Locale.ROOT);
    }

    static String region(String regionCode, int year, Scope scope, Basis basis) {
        return "/regions/%s/%d?scope=%s&basis=%s".formatted(regionCode, year, scopeParameter(scope), basisParameter(basis));
    }

    String self() {
        return region(regionCode, year, scope, basis);
    }

    String region(String code) {
        return region(code, year, scope, basis);
    }

    String year(int other) {
        return region(regionCode, other, scope, basis);
    }

    String scope(Scope other) {
        return region(regionCode, year, other, basis);
    }

    String basis(Basis other) {
        return region(regionCode, year, scope, other);
    }

    String reportsPage(int page) {
        return self() + "&page=" + page + "#reports";
    }

    /** The query of the API's rollup operations for this view (scope and basis). */
    String apiQuery() {
        return "?scope=%s&basis=%s".formatted(scopeParameter(scope), basisParameter(basis));
    }
}
