package vn.hailong.api.reorganisation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import vn.hailong.api.unit.Share;

/**
 * What a reorganisation changes (a dry run) or changed (applied, with the audit {@code id}): units
 * ended and started, the links between them, the kiosks and accounts bound to ended units, and the
 * ratings stored after an end date that move to the successor (or stay, {@code movesTo} null).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Report(
    boolean dryRun,
    @Nullable Long id,
    List<Ended> ended,
    List<Started> started,
    List<Linked> links,
    List<Kiosk> kiosks,
    List<Account> accounts,
    List<Ratings> ratings,
    List<Line> changes) {

  @Serdeable
  public record Ended(int line, String code, String name, LocalDate validTo) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Started(
      int line,
      String code,
      String name,
      @Nullable String parentCode,
      @Nullable LocalDate validFrom,
      @Nullable LocalDate validTo) {}

  @Serdeable
  public record Linked(int line, String predecessor, String successor, Share share) {}

  @Serdeable
  public record Kiosk(String code, String unitCode, boolean revoked, List<String> successors) {}

  @Serdeable
  public record Account(String username, String role, String unitCode, List<String> successors) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Ratings(String unitCode, LocalDate after, int count, @Nullable String movesTo) {}

  /** One audited change: the line, what it does, the unit and a sentence saying it. */
  @Serdeable
  public record Line(int line, String change, String unitCode, String summary) {}
}
