package vn.hailong.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hailong.api.support.Api;
import vn.hailong.api.support.Database;

/** The web form of the receipt slip's QR code, on a 360 px phone. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebFormBrowserTest {
  static final String CAM_LAM = "khanh-hoa.x-cam-lam";
  static final String[] HEADLINE = {
    "ACCESS", "FACILITIES", "PROCEDURES", "STAFF", "RESULTS", "FEEDBACK"
  };

  @Inject EmbeddedServer server;
  @Inject Api api;
  @Inject Database db;

  @AutoClose Browser browser;

  @BeforeAll
  void startTheBrowser() {
    browser = Browser.start("form");
  }

  @BeforeEach
  void aPhone() {
    db.clearResponses();
    browser.offline(false);
    browser.viewport(360, 740, true);
  }

  private void openForm(String query) {
    browser.open(server.getURL().toString().replaceAll("/$", "") + "/form/" + query);
    waitScreen("form");
  }

  // the form marks no screen ready: it draws each one whole
  private void waitScreen(String name) {
    browser.waitVisible("[data-screen='" + name + "']");
  }

  private void choose(String question, String rating) {
    browser.tap("fieldset[data-question='" + question + "'] [data-rating='" + rating + "']");
  }

  private void answerHeadline(String... ratings) {
    for (int i = 0; i < ratings.length; i++) {
      choose(HEADLINE[i], ratings[i]);
    }
  }

  @Test
  void aReceiptIsRatedOnceAndTheSecondTryIsThankedPolitely() {
    openForm("?unit=" + CAM_LAM + "&receipt=CL-2025-000123");
    assertTrue(browser.find("[data-role='receipt']").getText().contains("CL-2025-000123"));
    answerHeadline("5", "4", "4", "na", "5", "3");
    browser.tap("[data-action='submit']");
    waitScreen("thanks");
    browser.waitUntil(d -> db.responses() == 1);
    assertEquals("WEB", db.text("SELECT channel FROM response"));
    assertEquals("CL-2025-000123", db.text("SELECT receipt_code FROM response"));
    assertEquals(6, db.rollupTotal());

    openForm("?unit=" + CAM_LAM + "&receipt=CL-2025-000123");
    answerHeadline("1", "1", "1", "1", "1", "1");
    browser.tap("[data-action='submit']");
    waitScreen("already");

    assertEquals(
        "Phiếu này đã được đánh giá. Xin cảm ơn Ông/Bà!",
        browser.find("[data-screen='already'] h1").getText());
    assertFalse(browser.find("[data-screen='error']").isDisplayed());
    assertEquals(1, db.responses());
    assertEquals(6, db.rollupTotal());
    browser.screenshot("form-phone-already-rated");
  }

  @Test
  void theDetailedQuestionsAreAnOptionalSecondPage() {
    openForm("?unit=" + CAM_LAM);
    answerHeadline("4", "4", "4", "4", "4", "4");
    assertFalse(browser.find("[data-page='details']").isDisplayed());

    browser.tap("[data-action='details']");
    browser.waitUntil(d -> browser.find("[data-page='details']").isDisplayed());
    choose("PROCEDURES.3", "5");
    choose("STAFF.1", "2");
    browser.find("#comment").sendKeys("Nên có thêm ghế chờ");
    browser.tap("[data-action='submit']");
    waitScreen("thanks");

    browser.waitUntil(d -> db.responses() == 1);
    assertEquals(8, db.answers());
    assertEquals(8, db.rollupTotal());
    assertEquals(
        "2", db.text("SELECT rating FROM response_answer WHERE question_code = 'STAFF.1'"));
    assertEquals("Nên có thêm ghế chờ", db.text("SELECT comment FROM response"));
    assertEquals(null, db.text("SELECT receipt_code FROM response"));
  }

  @Test
  void unansweredHeadlineQuestionsAreAskedForBeforeSending() {
    openForm("?unit=" + CAM_LAM);
    answerHeadline("4", "4", "4", "4", "4");
    browser.tap("[data-action='submit']");

    browser.waitUntil(d -> !browser.find("[data-role='form-error']").getText().isEmpty());
    assertTrue(
        browser
            .find("fieldset[data-question='FEEDBACK']")
            .getAttribute("class")
            .contains("missing"));
    assertEquals(0, db.responses());

    choose("FEEDBACK", "na");
    browser.tap("[data-action='submit']");
    waitScreen("thanks");
    browser.waitUntil(d -> db.responses() == 1);
    assertEquals(
        1,
        db.rollup(
            CAM_LAM,
            "FEEDBACK",
            java.time.LocalDate.parse(db.text("SELECT local_date FROM response")),
            0));
  }

  @Test
  void theFormSwitchesToEnglishKeepingTheAnswers() {
    openForm("?unit=" + CAM_LAM);
    choose("ACCESS", "5");
    browser.tap("[data-action='lang']");

    browser.waitUntil(d -> "en".equals(browser.find("html").getAttribute("lang")));
    @SuppressWarnings("unchecked")
    var questions =
        (List<Map<String, Object>>) api.get("/api/v1/questionnaire").json().get("questions");
    assertEquals(
        questions.stream()
            .filter(q -> "STAFF".equals(q.get("code")))
            .findFirst()
            .orElseThrow()
            .get("textEn"),
        browser.find("fieldset[data-question='STAFF'] legend").getText());
    assertEquals(
        "Very satisfied",
        browser.find("fieldset[data-question='ACCESS'] [data-rating='5']").getText());
    assertTrue(
        browser.find("fieldset[data-question='ACCESS'] [data-rating='5'] input").isSelected());
    assertEquals("Send rating", browser.find("[data-action='submit']").getText());
  }

  @Test
  void aRatingSentWithoutSignalIsKeptAndSentWhenTheSignalReturns() {
    openForm("?unit=" + CAM_LAM);
    answerHeadline("5", "5", "4", "4", "5", "5");
    browser.offline(true);
    browser.tap("[data-action='submit']");
    waitScreen("thanks");

    assertTrue(browser.find("[data-role='queued-note']").isDisplayed());
    assertEquals(0, db.responses());

    browser.offline(false);
    browser.waitUntil(Duration.ofSeconds(30), d -> db.responses() == 1);
    assertEquals(6, db.rollupTotal());
  }

  @Test
  void anUnknownUnitSaysSoInsteadOfShowingAForm() {
    browser.open(
        server.getURL().toString().replaceAll("/$", "") + "/form/?unit=khanh-hoa.x-khong-co");
    waitScreen("error");
    assertEquals("Không tìm thấy đơn vị", browser.find("[data-screen='error'] h1").getText());
  }

  @Test
  void theFormIsAccessibleOnAPhone() {
    List<String> problems = new ArrayList<>();
    openForm("?unit=" + CAM_LAM + "&receipt=CL-2025-000777");
    browser.seriousAccessibilityViolations().forEach(v -> problems.add("form: " + v));
    @SuppressWarnings("unchecked")
    var small =
        (List<String>)
            browser.script(
                "return [...document.querySelectorAll('button, label.choice, textarea')]"
                    + ".filter(e => e.offsetParent !== null)"
                    + ".map(e => [e, e.getBoundingClientRect()])"
                    + ".filter(([e, r]) => r.height < 48 || r.width < 48)"
                    + ".map(([e, r]) => e.outerHTML.slice(0, 80) + ' ' + r.width + 'x' + r.height)");
    small.forEach(e -> problems.add("form: target under 48 px: " + e));
    Boolean fits =
        (Boolean) browser.script("return document.documentElement.scrollWidth <= innerWidth");
    if (!fits) {
      problems.add("form: scrolls sideways at 360 px");
    }
    choose("ACCESS", "4");
    browser.screenshot("form-phone-360");
    browser.tap("[data-action='details']");
    browser.waitUntil(d -> browser.find("[data-page='details']").isDisplayed());
    browser.seriousAccessibilityViolations().forEach(v -> problems.add("details: " + v));
    browser.screenshot("form-phone-360-details");
    browser.tap("[data-action='main']");
    answerHeadline("4", "5", "4", "3", "4", "5");
    browser.tap("[data-action='submit']");
    waitScreen("thanks");
    browser.seriousAccessibilityViolations().forEach(v -> problems.add("thanks: " + v));
    browser.screenshot("form-phone-thanks");

    assertTrue(problems.isEmpty(), String.join("\n", problems));
    browser.waitUntil(Duration.ofSeconds(15), d -> db.responses() == 1);
  }
}
