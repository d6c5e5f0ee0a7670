package vn.hailong.api.unit;

/** A lineage link: {@code predecessor} ended and went, whole or in part, into {@code successor}. */
public record UnitLink(long predecessorId, long successorId, Share share) {}
