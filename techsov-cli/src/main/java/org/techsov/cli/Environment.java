package org.techsov.cli;

import java.util.Map;

/**
 * The environment variables a command sees: the process's, or those a test gives. Read only at this
 * edge; core and the other modules receive typed options.
 */
public final class Environment {
  private static final ThreadLocal<Map<String, String>> ENV =
      ThreadLocal.withInitial(System::getenv);

  private Environment() {}

  static void set(Map<String, String> env) {
    ENV.set(Map.copyOf(env));
  }

  /** The environment of the running command. */
  public static Map<String, String> get() {
    return ENV.get();
  }
}
