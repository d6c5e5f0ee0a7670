package vn.hailong.api.analysis;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;

/**
 * The query parameters every analysis endpoint and chart shares, as sent (unchecked): {@link
 * AnalysisRequests} checks them and fills the defaults. Each endpoint reads those it documents.
 */
@Introspected
public record AnalysisQuery(
    @QueryValue @Nullable String unit,
    @QueryValue @Nullable String from,
    @QueryValue @Nullable String to,
    @QueryValue @Nullable String scope,
    @QueryValue @Nullable String basis,
    @QueryValue @Nullable String partial,
    @QueryValue @Nullable String period,
    @QueryValue @Nullable String level) {}
