package nl.techniekpact.cms.backoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Back-office sessions live in the data grid (web.xml {@code <distributable/>}, ADR 0014), so every
 * view- and session-scoped bean is serialized after each request: the state it keeps, and the state
 * that state keeps, must be Serializable. Weld checks the injected fields at deployment; this
 * checks the rest, for every such bean of the war (found in the compiled classes).
 */
class PassivatingBeansTest {

  private static final Path CLASSES = Path.of("target/classes");

  @Test
  void everyViewAndSessionScopedBeanKeepsOnlySerializableState() throws Exception {
    List<Class<?>> beans = passivatingBeans();
    List<String> problems = new ArrayList<>();
    Set<Type> seen = new HashSet<>();

    for (Class<?> bean : beans) {
      checkFields(bean, bean.getName(), problems, seen);
      for (Type superclass = bean.getGenericSuperclass();
          superclass instanceof ParameterizedType parameterized;
          superclass = ((Class<?>) parameterized.getRawType()).getGenericSuperclass()) {
        for (Type argument : parameterized.getActualTypeArguments()) {
          checkType(argument, bean.getName() + " <" + argument.getTypeName() + ">", problems, seen);
        }
      }
    }

    assertThat(beans).hasSizeGreaterThan(10);
    assertThat(problems).isEmpty();
  }

  private static void checkFields(
      Class<?> type, String path, List<String> problems, Set<Type> seen) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isSynthetic()) {
          continue;
        }
        if (field.isAnnotationPresent(Inject.class)) {
          if (!field.getType().getName().startsWith("nl.techniekpact.")) {
            problems.add(path + "." + field.getName() + ": injects " + field.getType().getName());
          }
          continue;
        }
        checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
      }
    }
  }

  private static void checkType(Type type, String path, List<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType parameterized) {
      checkType(parameterized.getRawType(), path, problems, seen);
      for (Type argument : parameterized.getActualTypeArguments()) {
        checkType(argument, path + "<" + argument.getTypeName() + ">", problems, seen);
      }
    } else if (type instanceof TypeVariable<?> variable) {
      for (Type bound : variable.getBounds()) {
        checkType(bound, path, problems, seen);
      }
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        checkType(bound, path, problems, seen);
      }
    } else if (type instanceof GenericArrayType array) {
      checkType(array.getGenericComponentType(), path, problems, seen);
    } else if (type instanceof Class<?> c) {
      checkClass(c, path, problems, seen);
    }
  }

  private static void checkClass(Class<?> c, String path, List<String> problems, Set<Type> seen) {
    if (c.isArray()) {
      checkClass(c.getComponentType(), path, problems, seen);
      return;
    }
    if (c.isPrimitive() || c.isEnum() || c == Object.class) {
      return;
    }
    boolean ours = c.getName().startsWith("nl.techniekpact.");
    if (!ours) {
      // JDK and library types: a concrete class must be Serializable; interfaces such as List
      // and Map are judged by their type arguments (their usual implementations are)
      if (!c.isInterface()
          && !Modifier.isAbstract(c.getModifiers())
          && !Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName() + " is not Serializable");
      }
      return;
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(path + ": " + c.getName() + " is not Serializable");
      return;
    }
    if (!c.isInterface()) {
      checkFields(c, path, problems, seen);
    }
  }

  private static List<Class<?>> passivatingBeans() throws Exception {
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = CLASSES.relativize(file).toString().replace('/', '.').replace(".class", "");
        if (name.contains("$") || !name.startsWith("nl.techniekpact.cms.")) {
          continue;
        }
        Class<?> c = Class.forName(name, false, PassivatingBeansTest.class.getClassLoader());
        if (c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class)) {
          beans.add(c);
        }
      }
    }
    return beans;
  }
}
