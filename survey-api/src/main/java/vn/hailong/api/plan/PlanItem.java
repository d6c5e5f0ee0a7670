package vn.hailong.api.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A task of a unit's improvement plan for a year, under one criterion. {@code deadline} null is
 * "Thường xuyên" (ongoing); {@code doneOn} is the day it was done, the mark on the trend.
 */
@MappedEntity("plan_item")
record PlanItem(
    @Id @GeneratedValue Long id,
    long unitId,
    @MappedProperty("plan_year") int year,
    String criterion,
    String task,
    String leadAgency,
    @Nullable String partners,
    @Nullable LocalDate deadline,
    PlanStatus status,
    @Nullable String resultText,
    @Nullable String evidenceNumber,
    @Nullable LocalDate evidenceDate,
    @Nullable String evidenceLink,
    @Nullable LocalDate doneOn,
    LocalDateTime createdAt,
    String createdBy,
    LocalDateTime updatedAt,
    String updatedBy) {}
