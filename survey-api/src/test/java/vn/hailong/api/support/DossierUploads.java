package vn.hailong.api.support;

import io.micronaut.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** Starts a dossier import as the dashboard does and polls its job until it is done. */
public final class DossierUploads {
  private DossierUploads() {}

  public static Api.Reply upload(Api api, String token, byte[] file, boolean skip) {
    return api.exchange(
        HttpRequest.POST("/api/v1/dossiers/imports" + (skip ? "?skipInconsistent=true" : ""), file)
            .contentType("text/csv")
            .bearerAuth(token));
  }

  /**
   * Polls the job until it is no longer running (an import of a few hundred rows takes moments).
   */
  public static Api.Reply finished(Api api, String token, Api.Reply started)
      throws InterruptedException {
    String id = started.text("id");
    for (int i = 0; i < 600; i++) {
      Api.Reply progress = api.get("/api/v1/dossiers/imports/" + id, token);
      if (!"RUNNING".equals(progress.text("state"))) {
        return progress;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the import did not finish");
  }

  /** Imports a CSV text whole (no row skipped) and waits for it; fails unless it is done. */
  public static void importCsv(Api api, String token, String csv) throws InterruptedException {
    Api.Reply done =
        finished(api, token, upload(api, token, csv.getBytes(StandardCharsets.UTF_8), false));
    if (!"DONE".equals(done.text("state"))) {
      throw new AssertionError("the import did not succeed: " + done);
    }
  }
}
