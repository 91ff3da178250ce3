package nl.techniekpact.cms.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A call run where nothing of the caller's thread is inherited. */
class OutsideTheApplicationTest {

  /** Stands for Payara's invocation stack, which is an inheritable thread local as well. */
  private static final InheritableThreadLocal<String> INVOCATION = new InheritableThreadLocal<>();

  @Test
  void theCallSeesNoInheritableThreadLocalOfTheCallerAndItsResultIsReturned() {
    INVOCATION.set("the request's invocation");
    try {
      Thread caller = Thread.currentThread();
      String seen =
          OutsideTheApplication.call(
              "test",
              () -> {
                assertThat(Thread.currentThread()).isNotSameAs(caller);
                return String.valueOf(INVOCATION.get());
              });

      assertThat(seen).isEqualTo("null");
      assertThat(INVOCATION.get())
          .as("the caller's own stays")
          .isEqualTo("the request's invocation");
    } finally {
      INVOCATION.remove();
    }
  }

  @Test
  void aRuntimeExceptionOfTheCallIsThrownAsItself() {
    assertThatThrownBy(
            () ->
                OutsideTheApplication.call(
                    "test",
                    () -> {
                      throw new IllegalArgumentException("no such map");
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such map");
  }

  @Test
  void aCheckedExceptionOfTheCallIsWrappedWithTheCallsName() {
    assertThatThrownBy(
            () ->
                OutsideTheApplication.call(
                    "create map x",
                    () -> {
                      throw new java.io.IOException("disk");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("create map x failed")
        .hasCauseInstanceOf(java.io.IOException.class);
  }
}
