import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput, FieldProblem } from './errors';

/** Flattens class-validator errors into `{ field, message }`, with nested paths like `gains.0.description`. */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(`${e.property} `, ''),
    }));
    return [...own, ...fieldProblems(e.children ?? [], field)];
  });
}

/** Validates every input class; failures become BAD_USER_INPUT naming each field and why. */
export const validationPipe = new ValidationPipe({
  transform: true,
  forbidUnknownValues: false,
  validateCustomDecorators: false,
  exceptionFactory: (errors) => badInput(fieldProblems(errors)),
});
