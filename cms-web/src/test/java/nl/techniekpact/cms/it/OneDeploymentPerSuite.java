package nl.techniekpact.cms.it;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;

/**
 * An Arquillian extension that deploys the suite's one deployment ({@link CmsDeployment}) once, for
 * the first test class, and shares it with every later class instead of redeploying: Payara Micro
 * boots once per suite. The server stops when the container stops at the end of the suite.
 *
 * <p>Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public class OneDeploymentPerSuite implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Observer.class);
  }

  /** Lets the first deployment through and blocks the redeploys of later classes. */
  public static class Observer {

    @Inject @ClassScoped private InstanceProducer<DeploymentScenario> classScenario;

    private DeploymentScenario suiteScenario;
    private boolean deployed;

    /** The first class generates the scenario; later classes reuse it. */
    public void generateOnce(@Observes EventContext<GenerateDeployment> event) {
      if (suiteScenario == null) {
        event.proceed();
        suiteScenario = classScenario.get();
      } else {
        classScenario.set(suiteScenario);
      }
    }

    /** Deploys once. */
    public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
      if (!deployed) {
        deployed = true;
        event.proceed();
      }
    }

    /** Keeps the deployment between classes; stopping the container ends it. */
    public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> event) {
      // not proceeding: the next test class uses the same server
    }
  }
}
