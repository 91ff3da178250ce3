package nl.techniekpact.cms.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Lets Faces pages read the components of Java records as properties ({@code #{row.username}} for
 * {@code record Row(String username)}), which Jakarta EL 5 (Jakarta EE 10) does not; EL 6 brings
 * its own. Read only. Registered in faces-config.xml.
 *
 * <p>Each record class's accessors are looked up once and kept by class: the resolver runs for
 * every property of every expression on a page, before the bean resolver.
 */
public class RecordElResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Optional<Method> accessor = component(base, property);
    if (accessor.isEmpty()) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return accessor.get().invoke(base);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new jakarta.el.ELException("Cannot read " + property + " of " + base.getClass(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (component(base, property).isEmpty()) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property).isPresent()) {
      throw new PropertyNotWritableException(property + " of a record cannot be changed");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property).isPresent()) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  /** The accessors of each record class by component name (empty for other classes). */
  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          if (!type.isRecord()) {
            return Map.of();
          }
          Map<String, Method> accessors = new HashMap<>();
          for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            // a record nested in a class that is not public still has public accessors
            accessor.trySetAccessible();
            accessors.put(component.getName(), accessor);
          }
          return Map.copyOf(accessors);
        }
      };

  private static Optional<Method> component(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return Optional.empty();
    }
    return Optional.ofNullable(ACCESSORS.get(base.getClass()).get(property.toString()));
  }
}
