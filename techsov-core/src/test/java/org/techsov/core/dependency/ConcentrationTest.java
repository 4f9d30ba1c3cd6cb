package org.techsov.core.dependency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

class ConcentrationTest {
  @Test
  void hhiOfSingleSupplierIsOne() {
    assertThat(Concentration.hhi(new double[] {123.0})).isEqualTo(1.0);
  }

  @Test
  void hhiOfNEqualSuppliersIsOneOverN() {
    assertThat(Concentration.hhi(new double[] {5, 5, 5, 5})).isCloseTo(0.25, within(1e-15));
    assertThat(Concentration.equivalentSuppliers(0.25)).isCloseTo(4.0, within(1e-12));
  }

  @Test
  void hhiOfHandCheckedShares() {
    // shares 0.6, 0.3, 0.1 -> 0.36 + 0.09 + 0.01 = 0.46
    assertThat(Concentration.hhi(new double[] {60, 30, 10})).isCloseTo(0.46, within(1e-15));
    assertThat(Concentration.shares(new double[] {60, 30, 10}))
        .containsExactly(new double[] {0.6, 0.3, 0.1}, within(1e-15));
  }

  @Test
  void zeroSuppliersHaveNoHhi() {
    assertThat(Concentration.hhi(new double[0])).isNaN();
    assertThat(Concentration.hhi(new double[] {0, 0})).isNaN();
    assertThat(Concentration.equivalentSuppliers(Double.NaN)).isNaN();
  }

  @Test
  void negativeOrNonFiniteValuesAreRefused() {
    assertThatThrownBy(() -> Concentration.hhi(new double[] {1, -1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Concentration.hhi(new double[] {Double.POSITIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sharesSumToOneAndHhiLiesBetweenOneOverNAndOne() {
    qt().forAll(lists().of(doubles().between(0.001, 1e9)).ofSizeBetween(1, 60))
        .checkAssert(
            values -> {
              double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
              double sum = 0;
              for (double s : Concentration.shares(v)) {
                sum += s;
              }
              assertThat(sum).isCloseTo(1.0, within(1e-9));
              double hhi = Concentration.hhi(v);
              assertThat(hhi).isBetween(1.0 / v.length - 1e-12, 1.0 + 1e-12);
            });
  }
}
