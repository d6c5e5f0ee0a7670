package vn.hailong.api.feedback;

/** Where a complaint came from: a unit's kiosk (with its token) or the web form / the API. */
public enum FeedbackChannel {
  KIOSK,
  WEB
}
