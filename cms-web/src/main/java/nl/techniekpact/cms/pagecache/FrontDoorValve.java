package nl.techniekpact.cms.pagecache;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts the page cache's {@link FrontDoor} in front of this web application's request listeners and
 * authentication, when the web application starts and the page cache is on. A hit then costs no
 * request listeners (Weld's request context on and off, the container's invocation events, ADR
 * 0034), no Jakarta Security round trip, no authorization check and no filters.
 *
 * <p>Payara has no public API for this: the valve is a proxy of Payara's {@code
 * org.glassfish.web.valve.GlassFishValve}, added by reflection. Preferably it goes last among the
 * valves of the virtual server's pipeline, where {@code StandardHostValve} (the pipeline's basic
 * valve, which fires the request listeners) has not run yet; there it answers only requests mapped
 * to this web application ({@code request.getServletContext()} is this application's), every other
 * request goes on untouched. If that is not possible it goes first in the web application's own
 * pipeline, in front of the authenticator (ADR 0020), and if that fails too the CMS logs a warning
 * and hits are answered by {@link PageCacheFilter} — slower, equally correct. The valve is taken
 * out again when the web application stops.
 */
@WebListener
public class FrontDoorValve implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(FrontDoorValve.class.getName());

  /** {@code GlassFishValve.INVOKE_NEXT}: the pipeline goes on. */
  static final int INVOKE_NEXT = 1;

  /** {@code GlassFishValve.END_PIPELINE}: the response is complete. */
  static final int END_PIPELINE = 2;

  private static final String VALVE_TYPE = "org.glassfish.web.valve.GlassFishValve";

  /** Where the front door was installed. */
  enum Place {
    /** The virtual server's pipeline: before the request listeners (ADR 0034). */
    VIRTUAL_SERVER,
    /** The web application's pipeline: after the request listeners, before authentication. */
    WEB_APPLICATION,
    /** Nowhere: the page cache filter answers hits. */
    NONE
  }

  private static volatile Place place = Place.NONE;

  @Inject private PageCache cache;

  private Runnable uninstall = () -> {};

  /** Where the running web application's front door is (for the start log and tests). */
  static Place place() {
    return place;
  }

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (!cache.isEnabled()) {
      return;
    }
    ServletContext servletContext = event.getServletContext();
    FrontDoor door = new FrontDoor(cache.peeker());
    try {
      uninstall = installOnVirtualServer(servletContext, door);
      place = Place.VIRTUAL_SERVER;
      LOG.info(
          "Page cache hits are answered before the request listeners and authentication"
              + " (front door valve on the virtual server)");
      return;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.log(
          Level.WARNING,
          "Page cache front door not installed on the virtual server; hits run the request"
              + " listeners",
          e);
    }
    try {
      uninstall = installOnWebApplication(servletContext, door);
      place = Place.WEB_APPLICATION;
      LOG.info("Page cache hits are answered before authentication (front door valve)");
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.log(
          Level.WARNING,
          "Page cache front door not installed; hits are answered by the page cache filter",
          e);
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    try {
      uninstall.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Page cache front door not taken out of the pipeline", e);
    }
    uninstall = () -> {};
    place = Place.NONE;
  }

  /**
   * Adds the valve last among the virtual server's valves, just before its basic valve (which binds
   * the application, fires the request listeners and calls the application's pipeline); valves
   * already there (an access log) still see every request.
   */
  private static Runnable installOnVirtualServer(ServletContext servletContext, FrontDoor door)
      throws ReflectiveOperationException {
    Object standardContext = standardContext(servletContext);
    Object facade =
        standardContext.getClass().getMethod("getServletContext").invoke(standardContext);
    if (facade != servletContext) {
      // the request's getServletContext() would never be this one: no request would be answered
      throw new IllegalStateException("the application's ServletContext is not its own facade");
    }
    Object host = standardContext.getClass().getMethod("getParent").invoke(standardContext);
    Object pipeline = host.getClass().getMethod("getPipeline").invoke(host);
    return add(pipeline, new Handler(door, servletContext), false);
  }

  /** Puts the valve first in the web application's pipeline, in front of the authenticator. */
  private static Runnable installOnWebApplication(ServletContext servletContext, FrontDoor door)
      throws ReflectiveOperationException {
    Object standardContext = standardContext(servletContext);
    Object pipeline = standardContext.getClass().getMethod("getPipeline").invoke(standardContext);
    return add(pipeline, new Handler(door, null), true);
  }

  private static Object standardContext(ServletContext servletContext)
      throws ReflectiveOperationException {
    return field(field(servletContext, "context"), "context");
  }

  /** Adds a valve to a pipeline's valves, first or last; returns how to take it out again. */
  private static Runnable add(Object pipeline, Handler handler, boolean first)
      throws ReflectiveOperationException {
    Class<?> valveType = Class.forName(VALVE_TYPE, false, pipeline.getClass().getClassLoader());
    Object valve =
        Proxy.newProxyInstance(valveType.getClassLoader(), new Class<?>[] {valveType}, handler);
    Field valvesField = declaredField(pipeline.getClass(), "valves");
    synchronized (pipeline) {
      Object[] valves = (Object[]) valvesField.get(pipeline);
      Object[] withFrontDoor = (Object[]) Array.newInstance(valveType, valves.length + 1);
      System.arraycopy(valves, 0, withFrontDoor, first ? 1 : 0, valves.length);
      withFrontDoor[first ? 0 : valves.length] = valve;
      valvesField.set(pipeline, withFrontDoor);
    }
    return () -> remove(pipeline, valvesField, valveType, valve);
  }

  private static void remove(Object pipeline, Field valvesField, Class<?> valveType, Object valve) {
    try {
      synchronized (pipeline) {
        Object[] valves = (Object[]) valvesField.get(pipeline);
        Object[] others =
            Arrays.stream(valves)
                .filter(v -> v != valve)
                .toArray(n -> (Object[]) Array.newInstance(valveType, n));
        valvesField.set(pipeline, others);
      }
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
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

  /**
   * The valve's behaviour: {@code invoke} asks the front door, {@code postInvoke} does nothing. On
   * the virtual server it answers only requests of its own web application, with the application's
   * class loader as the thread's context class loader (as the web application's own pipeline has
   * it).
   */
  static final class Handler implements InvocationHandler {

    private final FrontDoor door;
    private final ServletContext application;
    private final ClassLoader loader;

    /**
     * @param door the front door
     * @param application the web application whose requests are answered, or {@code null} when the
     *     valve is in that application's own pipeline (every request is its own)
     */
    Handler(FrontDoor door, ServletContext application) {
      this.door = door;
      this.application = application;
      this.loader = application == null ? null : application.getClassLoader();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "invoke":
          return args[0] instanceof HttpServletRequest request
                  && args[1] instanceof HttpServletResponse response
                  && serve(request, response)
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

    private boolean serve(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      if (application == null) {
        return door.serve(request, response);
      }
      if (request.getServletContext() != application) {
        return false; // another application of the virtual server, or none
      }
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        return door.serve(request, response);
      } finally {
        thread.setContextClassLoader(previous);
      }
    }
  }
}
