package vn.hailong.api.plan;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PlanItemRepository extends CrudRepository<PlanItem, Long> {

  List<PlanItem> findByUnitIdAndYearOrderById(long unitId, int year);

  List<PlanItem> findByUnitIdInAndDoneOnBetweenOrderByDoneOn(
      Collection<Long> unitIds, LocalDate from, LocalDate to);
}
