package org.sne4j.formulaire;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ValidationException;
import java.lang.reflect.InvocationTargetException;

/**
 * Instantiates the form's own constraint validators, which are package-private so as not to widen
 * the public API, and hands every other validator to Hibernate Validator's default factory.
 */
final class FabriqueValidateurs implements ConstraintValidatorFactory {

  private final ConstraintValidatorFactory defaut;

  FabriqueValidateurs(ConstraintValidatorFactory defaut) {
    this.defaut = defaut;
  }

  @Override
  public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> type) {
    Class<?> englobante = type.getEnclosingClass();
    if (englobante != ValidateursChamps.class && englobante != ValidateursFormulaire.class) {
      return defaut.getInstance(type);
    }
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException e) {
      throw new ValidationException("Cannot instantiate " + type.getName(), e);
    }
  }

  @Override
  public void releaseInstance(ConstraintValidator<?, ?> instance) {
    if (instance != null) {
      Class<?> englobante = instance.getClass().getEnclosingClass();
      if (englobante != ValidateursChamps.class && englobante != ValidateursFormulaire.class) {
        defaut.releaseInstance(instance);
      }
    }
  }
}
