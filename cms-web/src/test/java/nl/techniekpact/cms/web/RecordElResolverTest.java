package nl.techniekpact.cms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

/** Records' components read as EL properties, and nothing else resolved by this resolver. */
class RecordElResolverTest {

  public record Card(String title, int number) {}

  private record Hidden(String secret) {}

  /** A plain class with a getter: left to the bean resolver. */
  public static final class Bean {
    public String getTitle() {
      return "bean";
    }
  }

  private final RecordElResolver resolver = new RecordElResolver();

  private static ELContext context() {
    return new ELContext() {
      @Override
      public ELResolver getELResolver() {
        return null;
      }

      @Override
      public FunctionMapper getFunctionMapper() {
        return null;
      }

      @Override
      public VariableMapper getVariableMapper() {
        return null;
      }
    };
  }

  @Test
  void readsEachComponentOfARecordAndMarksItResolved() {
    Card card = new Card("Doel 3", 3);
    ELContext first = context();
    ELContext second = context();

    assertThat(resolver.getValue(first, card, "title")).isEqualTo("Doel 3");
    assertThat(first.isPropertyResolved()).isTrue();
    assertThat(resolver.getValue(second, card, "number")).isEqualTo(3);
    assertThat(second.isPropertyResolved()).isTrue();
    // the same class again: its accessors are kept, the values are this instance's
    assertThat(resolver.getValue(context(), new Card("Doel 9", 9), "title")).isEqualTo("Doel 9");
  }

  @Test
  void readsARecordThatIsNotPublic() {
    assertThat(resolver.getValue(context(), new Hidden("x"), "secret")).isEqualTo("x");
  }

  @Test
  void leavesUnknownComponentsOtherObjectsAndRootIdentifiersUnresolved() {
    ELContext unknown = context();
    assertThat(resolver.getValue(unknown, new Card("a", 1), "label")).isNull();
    assertThat(unknown.isPropertyResolved()).isFalse();

    ELContext bean = context();
    assertThat(resolver.getValue(bean, new Bean(), "title")).isNull();
    assertThat(bean.isPropertyResolved()).isFalse();

    ELContext root = context();
    assertThat(resolver.getValue(root, null, "home")).isNull();
    assertThat(root.isPropertyResolved()).isFalse();
  }

  @Test
  void componentsAreReadOnly() {
    ELContext context = context();
    assertThat(resolver.isReadOnly(context, new Card("a", 1), "title")).isTrue();
    assertThat(context.isPropertyResolved()).isTrue();
    assertThatThrownBy(() -> resolver.setValue(context(), new Card("a", 1), "title", "b"))
        .isInstanceOf(PropertyNotWritableException.class);
  }
}
