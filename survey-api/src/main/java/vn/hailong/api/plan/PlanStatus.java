package vn.hailong.api.plan;

/** Where a task of an improvement plan stands, as the annexes say it (seeds 000, 001). */
public enum PlanStatus {
  PLANNED("Chưa bắt đầu", "Planned"),
  IN_PROGRESS("Đang thực hiện", "In progress"),
  DONE("Đã thực hiện", "Done"),
  NOT_DONE("Chưa thực hiện", "Not done");

  private final String nameVi;
  private final String nameEn;

  PlanStatus(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  public String nameVi() {
    return nameVi;
  }

  public String nameEn() {
    return nameEn;
  }
}
