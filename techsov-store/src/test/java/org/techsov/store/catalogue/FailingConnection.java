package org.techsov.store.catalogue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection that fails when asked to prepare a statement starting with a given text, to make a
 * save break half-way through its transaction (after the deletes and some inserts).
 */
public final class FailingConnection {
  private FailingConnection() {}

  public static Connection failingOn(Connection real, String sqlPrefix) {
    return (Connection)
        Proxy.newProxyInstance(
            FailingConnection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("prepareStatement")
                  && args != null
                  && args[0] instanceof String sql
                  && sql.startsWith(sqlPrefix)) {
                throw new SQLException("injected failure before: " + sqlPrefix);
              }
              if (method.getName().equals("close")) {
                return null; // the real connection belongs to the store under test
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
