package nl.techniekpact.model.shared;

/**
 * The education levels and target groups (onderwijsniveaus en doelgroepen) of the Dutch system that
 * goals and cases concern. Unlike goals and themes these are fixed, so an enum.
 *
 * @since 0.1.0
 */
public enum EducationLevel {
  /** Primair onderwijs: primary school. */
  PO("po"),
  /** Voortgezet onderwijs: secondary school, including vmbo, havo and vwo. */
  VO("vo"),
  /** Middelbaar beroepsonderwijs: secondary vocational education. */
  MBO("mbo"),
  /** Hoger beroepsonderwijs and wetenschappelijk onderwijs: higher education. */
  HBO_WO("hbo/wo"),
  /** Werkenden: people at work, for lifelong learning and sustainable employability. */
  WERKENDEN("werkenden");

  private final String label;

  EducationLevel(String label) {
    this.label = label;
  }

  /**
   * The Dutch label as used on the site.
   *
   * @return for example {@code "hbo/wo"}
   */
  public String getLabel() {
    return label;
  }
}
