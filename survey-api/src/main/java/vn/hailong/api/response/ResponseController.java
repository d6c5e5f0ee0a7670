package vn.hailong.api.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hailong.api.problem.Problem;
import vn.hailong.api.problem.ProblemBody;
import vn.hailong.api.problem.ProblemHandler;
import vn.hailong.api.problem.ProblemType;
import vn.hailong.api.support.ClientAddress;

@Controller("/api/v1/responses")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ResponseController {
  private static final Logger LOG = LoggerFactory.getLogger(ResponseController.class);
  private static final int RETRY_AFTER_SECONDS = 2;

  private final ResponseService responses;
  private final ClientAddress addresses;

  ResponseController(ResponseService responses, ClientAddress addresses) {
    this.responses = responses;
    this.addresses = addresses;
  }

  @Serdeable
  public record Receipt(String id, boolean duplicate) {}

  /** 201 the first time, 200 for an identical retry (counted once), 409 for other content. */
  // any content type reaches the controller, so that a wrong one is a clear 415, not "no route"
  @Post(consumes = MediaType.ALL)
  public HttpResponse<Receipt> submit(
      HttpRequest<?> request,
      @Body @Nullable byte[] body,
      @Header("Authorization") @Nullable String authorization,
      @Nullable Authentication authentication) {
    var sender = new ResponseService.Sender(authorization, authentication, addresses.of(request));
    ResponseService.Accepted accepted =
        responses.submit(request.getContentType().orElse(null), body, sender);
    return HttpResponse.<Receipt>status(accepted.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(new Receipt(accepted.id(), !accepted.created()));
  }

  /** Not stored in time: 503, and the client sends the rating again (same id, counted once). */
  @Error(exception = ResponseWriter.Busy.class)
  public HttpResponse<ProblemBody> busy(ResponseWriter.Busy busy) {
    LOG.warn("Rating refused with 503: {}", busy.getMessage());
    return ProblemHandler.respond(
        Problem.retryLater(
            ProblemType.BUSY,
            "The rating may not have been stored; send it again with the same id"
                + " (it is counted once).",
            RETRY_AFTER_SECONDS));
  }
}
