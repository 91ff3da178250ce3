package nl.techniekpact.cms.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteRouteTest {

  private final SiteRoute goal = new SiteRoute("/doelen/{number}", "/goal.xhtml");

  @Test
  void namedSegmentMatchesOneSegmentAndIsHandedOver() {
    assertThat(goal.match("/doelen/9")).contains(Map.of("number", "9"));
    assertThat(goal.match("/doelen/negen")).contains(Map.of("number", "negen"));
  }

  @Test
  void otherShapesDoNotMatch() {
    assertThat(goal.match("/doelen")).isEmpty();
    assertThat(goal.match("/doelen/")).isEmpty();
    assertThat(goal.match("/doelen/9/")).isEmpty();
    assertThat(goal.match("/doelen/9/extra")).isEmpty();
    assertThat(goal.match("/goals/9")).isEmpty();
    assertThat(goal.match("/")).isEmpty();
  }

  @Test
  void fixedRouteMatchesOnlyItself() {
    SiteRoute index = new SiteRoute("/doelen", "/goals.xhtml");

    assertThat(index.match("/doelen")).contains(Map.of());
    assertThat(index.match("/doelen/")).isEmpty();
    assertThat(index.match("/doelenx")).isEmpty();
  }

  @Test
  void tableRoutesGoalAddressesAndLeavesPluginPagesAlone() {
    assertThat(SiteRoutes.find("/doelen/12").map(m -> m.route().view())).contains("/goal.xhtml");
    assertThat(SiteRoutes.find("/doelen").map(m -> m.route().view())).contains("/goals.xhtml");
    assertThat(SiteRoutes.find("/p/example/places")).isEmpty();
    assertThat(SiteRoutes.find("/")).isEmpty();
    assertThat(SiteRoutes.isRouteView("/goal.xhtml")).isTrue();
    assertThat(SiteRoutes.isRouteView("/index.xhtml")).isFalse();
  }

  @Test
  void routeMustPointAtAFacelet() {
    assertThatThrownBy(() -> new SiteRoute("doelen", "/goal.xhtml"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SiteRoute("/doelen", "/goal.html"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
