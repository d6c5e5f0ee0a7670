package vn.hailong.api.feedback;

/**
 * A complaint's life cycle: received, assigned to a person, answered, the answer published. "Quá
 * hạn" (overdue) is not a status but a condition of the first two: unanswered past the due date.
 */
public enum FeedbackStatus {
  RECEIVED,
  ASSIGNED,
  ANSWERED,
  PUBLISHED
}
