package nl.techniekpact.cms.pagecache;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts the page cache's {@link FrontDoor} first in this web application's request pipeline, in
 * front of the server's authentication valve, when the web application starts and the page cache is
 * on. A hit then costs no Jakarta Security round trip (a bean lookup through JNDI and the
 * authentication mechanism, twice per request), no authorization check and no filters.
 *
 * <p>Payara has no public API for this: the valve is a proxy of Payara's {@code
 * org.glassfish.web.valve.GlassFishValve}, placed at the head of the context's {@code
 * StandardPipeline} by reflection (a {@code <valve>} in payara-web.xml would be added after the
 * authenticator). If Payara's internals differ, the CMS logs a warning and hits are answered by
 * {@link PageCacheFilter} as before — slower, equally correct. ADR 0020.
 */
@WebListener
public class FrontDoorValve implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(FrontDoorValve.class.getName());

  /** {@code GlassFishValve.INVOKE_NEXT}: the pipeline goes on. */
  static final int INVOKE_NEXT = 1;

  /** {@code GlassFishValve.END_PIPELINE}: the response is complete. */
  static final int END_PIPELINE = 2;

  private static final String VALVE_TYPE = "org.glassfish.web.valve.GlassFishValve";

  @Inject private PageCache cache;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (!cache.isEnabled()) {
      return;
    }
    try {
      install(event.getServletContext(), new FrontDoor(cache::peek));
      LOG.info("Page cache hits are answered before authentication (front door valve)");
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.log(
          Level.WARNING,
          "Page cache front door not installed; hits are answered by the page cache filter",
          e);
    }
  }

  private static void install(ServletContext servletContext, FrontDoor door)
      throws ReflectiveOperationException {
    Object standardContext = field(field(servletContext, "context"), "context");
    Object pipeline = standardContext.getClass().getMethod("getPipeline").invoke(standardContext);
    Class<?> valveType = Class.forName(VALVE_TYPE, false, pipeline.getClass().getClassLoader());
    Object valve =
        Proxy.newProxyInstance(
            valveType.getClassLoader(), new Class<?>[] {valveType}, new Handler(door));
    Field valvesField = declaredField(pipeline.getClass(), "valves");
    Object[] valves = (Object[]) valvesField.get(pipeline);
    Object[] withFrontDoor = (Object[]) Array.newInstance(valveType, valves.length + 1);
    withFrontDoor[0] = valve;
    System.arraycopy(valves, 0, withFrontDoor, 1, valves.length);
    valvesField.set(pipeline, withFrontDoor);
  }

  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    return declaredField(owner.getClass(), name).get(owner);
  }

  private static Field declaredField(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(type.getName() + "." + name);
  }

  /** The valve's behaviour: {@code invoke} asks the front door, {@code postInvoke} does nothing. */
  static final class Handler implements InvocationHandler {

    private final FrontDoor door;

    Handler(FrontDoor door) {
      this.door = door;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "invoke":
          return args[0] instanceof HttpServletRequest request
                  && args[1] instanceof HttpServletResponse response
                  && door.serve(request, response)
              ? END_PIPELINE
              : INVOKE_NEXT;
        case "postInvoke":
          return null;
        case "getInfo":
        case "toString":
          return "Techniekpact CMS page cache front door";
        case "hashCode":
          return System.identityHashCode(proxy);
        case "equals":
          return proxy == args[0];
        default:
          throw new UnsupportedOperationException(method.getName());
      }
    }
  }
}
