package vn.hailong.api.unit;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Holds the current {@link UnitTree}. Reloaded after every change made on this node and once a
 * minute, so that several API nodes converge on changes made elsewhere.
 */
@Singleton
public class UnitDirectory {
  private final UnitRepository units;
  private final UnitLinkRepository links;
  private volatile UnitTree tree;

  UnitDirectory(UnitRepository units, UnitLinkRepository links) {
    this.units = units;
    this.links = links;
  }

  public UnitTree tree() {
    UnitTree current = tree;
    return current != null ? current : reload();
  }

  @Scheduled(fixedDelay = "60s", initialDelay = "60s")
  public synchronized UnitTree reload() {
    tree = new UnitTree(units.findAllOrderByPath(), links.findAll(), links.sources());
    return tree;
  }
}
