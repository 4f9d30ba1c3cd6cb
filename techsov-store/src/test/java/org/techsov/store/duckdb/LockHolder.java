package org.techsov.store.duckdb;

import java.sql.Connection;
import java.sql.DriverManager;

/** Opens a store in its own process and holds it until killed: a second process's lock. */
public final class LockHolder {
  private LockHolder() {}

  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
      c.createStatement().execute("CREATE TABLE IF NOT EXISTS held (x INTEGER)");
      System.out.println("locked");
      System.out.flush();
      Thread.sleep(120_000);
    }
  }
}
