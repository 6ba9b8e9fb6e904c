package org.sne4j.examples.demo;

/** Entry point of the demo; the simulated territory comes with the foundation issue. */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) {
    System.out.println("sne demo: build skeleton in place.");
  }
}
