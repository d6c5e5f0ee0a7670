package vn.hailong.api.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on its own port in front of the application, as the reverse proxy, hotel
 * network or captive portal between a kiosk and its server: it forwards every request, or answers
 * in the server's place ({@link #answer}), or goes away with every open connection ({@link #stop}),
 * as a server whose process stops. The browser talks to it only.
 */
final class FrontProxy implements AutoCloseable {
  /** An answer of the proxy itself. */
  record Answer(int status, String contentType, String body) {}

  /** What a request looks like to whoever decides to answer in the server's place. */
  record Request(String method, String path, String authorization, String body) {}

  private static final Set<String> HOP_BY_HOP =
      Set.of(
          "connection",
          "content-length",
          "transfer-encoding",
          "keep-alive",
          "host",
          "expect",
          "upgrade",
          "date");

  private final int port;
  private final URI upstream;
  private final HttpClient client = HttpClient.newHttpClient();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private volatile Function<Request, Answer> override = request -> null;
  private HttpServer http;

  private FrontProxy(int port, URI upstream) {
    this.port = port;
    this.upstream = upstream;
  }

  /** Starts forwarding to {@code upstream} (http://localhost:PORT) from a free port. */
  static FrontProxy start(URI upstream) {
    try (var socket = new ServerSocket(0)) {
      FrontProxy proxy = new FrontProxy(socket.getLocalPort(), upstream);
      socket.close();
      proxy.listen();
      return proxy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String url() {
    return "http://localhost:" + port;
  }

  /**
   * From now on, requests for which {@code answer} gives an Answer get it; others are forwarded.
   */
  void answer(Function<Request, Answer> answer) {
    override = answer;
  }

  void forwardEverything() {
    override = request -> null;
  }

  /** Closes the port and every open connection: to the browser, the server is gone. */
  void stop() {
    http.stop(0);
  }

  /** Listens again on the same port. */
  void listen() {
    try {
      http = HttpServer.create(new InetSocketAddress("localhost", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    http.setExecutor(threads);
    http.createContext("/", this::handle);
    http.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().toString();
      Answer own =
          override.apply(
              new Request(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Authorization"),
                  new String(body, StandardCharsets.UTF_8)));
      if (own != null) {
        byte[] bytes = own.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", own.contentType());
        exchange.sendResponseHeaders(own.status(), bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        return;
      }
      var forward =
          HttpRequest.newBuilder(upstream.resolve(path))
              .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                  values.forEach(value -> forward.header(name, value));
                }
              });
      HttpResponse<byte[]> response;
      try {
        response = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        // the server behind is down: what a reverse proxy answers then
        exchange.sendResponseHeaders(502, -1);
        return;
      }
      response
          .headers()
          .map()
          .forEach(
              (name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                  exchange.getResponseHeaders().put(name, values);
                }
              });
      byte[] bytes = response.body();
      boolean empty = bytes.length == 0 || "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : bytes.length);
      if (!empty) {
        exchange.getResponseBody().write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    http.stop(0);
    threads.shutdownNow();
  }
}
