package org.storyfold.spark;

import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.storyfold.cluster.ClusterConfig;

/**
 * The engine's grouping settings carried to executors: {@link ClusterConfig} is a record of numbers
 * but not {@link Serializable}, so its components travel as values and the record is rebuilt by its
 * canonical constructor (which validates them again). Read by reflection so that a setting added to the
 * record travels too, with no list here to keep in step.
 */
final class ConfigCarrier implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Object[] values;

  ConfigCarrier(ClusterConfig config) {
    RecordComponent[] parts = ClusterConfig.class.getRecordComponents();
    values = new Object[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        values[i] = parts[i].getAccessor().invoke(config);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the grouping settings", e);
    }
  }

  ClusterConfig config() {
    Class<?>[] types = Arrays.stream(ClusterConfig.class.getRecordComponents()).map(RecordComponent::getType)
        .toArray(Class<?>[]::new);
    try {
      return ClusterConfig.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild the grouping settings", e);
    }
  }
}
