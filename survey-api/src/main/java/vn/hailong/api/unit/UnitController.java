package vn.hailong.api.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import vn.hailong.api.support.Dates;

@Controller("/api/v1/units")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class UnitController {
  private final UnitDirectory directory;

  UnitController(UnitDirectory directory) {
    this.directory = directory;
  }

  /** Every unit, past ones included; {@code on} keeps those valid that day. */
  @Get
  public List<UnitView> list(@QueryValue @Nullable String on) {
    UnitTree tree = directory.tree();
    List<Unit> units = on == null ? tree.all() : tree.validOn(Dates.parse("on", on));
    return units.stream().map(unit -> UnitView.of(unit, tree)).toList();
  }

  @Get("/{code}")
  public UnitView show(String code) {
    UnitTree tree = directory.tree();
    return UnitView.of(tree.require(code), tree);
  }
}
