package vn.hailong.api.response;

/** How a rating reached us. */
public enum Channel {
  KIOSK,
  WEB,
  PAPER
}
