import Handlebars from 'handlebars';
import { MailRenderError } from './mail-render.error';

export interface TemplateVocabulary {
  helpers: ReadonlySet<string>;
  partials: ReadonlySet<string>;
}

const BLOCK_HELPERS: ReadonlySet<string> = new Set(['if', 'unless']);

/**
 * The variables a template source reads, including those passed to helpers and partials, which
 * Handlebars' strict mode does not check. Only what the mail templates need is accepted — plain
 * names, calls of known helpers, `if`/`unless` blocks and known partials given a hash — so the
 * list is complete: anything else (paths like `a.b`, `@data`, `../`, `each`, unknown helpers)
 * fails here, when the renderer is built.
 */
export function templateVariables(source: string, vocabulary: TemplateVocabulary): ReadonlySet<string> {
  const variables = new Set<string>();
  visitProgram(Handlebars.parse(source), vocabulary, variables);
  return variables;
}

function visitProgram(program: hbs.AST.Program, vocabulary: TemplateVocabulary, variables: Set<string>): void {
  for (const statement of program.body) {
    switch (statement.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        break;
      case 'MustacheStatement': {
        const mustache = statement as hbs.AST.MustacheStatement;
        const hash = hashValues(mustache.hash);
        if (mustache.params.length === 0 && hash.length === 0) {
          const name = simpleName(mustache.path);
          if (vocabulary.helpers.has(name)) throw unsupported(`helper "${name}" without arguments`, statement);
          variables.add(name);
        } else {
          knownHelper(mustache.path, vocabulary, statement);
          visitExpressions([...mustache.params, ...hash], vocabulary, variables);
        }
        break;
      }
      case 'BlockStatement': {
        const block = statement as hbs.AST.BlockStatement;
        const name = simpleName(block.path);
        if (!BLOCK_HELPERS.has(name)) throw unsupported(`block "#${name}"`, statement);
        visitExpressions([...block.params, ...hashValues(block.hash)], vocabulary, variables);
        visitProgram(block.program, vocabulary, variables);
        if (block.inverse) visitProgram(block.inverse, vocabulary, variables);
        break;
      }
      case 'PartialStatement': {
        const partial = statement as hbs.AST.PartialStatement;
        const name = partial.name.type === 'PathExpression' ? partial.name.original : '';
        if (!vocabulary.partials.has(name)) throw unsupported(`partial "${name}"`, statement);
        if (partial.params.length > 0) throw unsupported(`a context for partial "${name}"`, statement);
        visitExpressions(hashValues(partial.hash), vocabulary, variables);
        break;
      }
      default:
        throw unsupported(statement.type, statement);
    }
  }
}

function visitExpressions(
  expressions: readonly hbs.AST.Expression[],
  vocabulary: TemplateVocabulary,
  variables: Set<string>,
): void {
  for (const expression of expressions) {
    switch (expression.type) {
      case 'PathExpression':
        variables.add(simpleName(expression));
        break;
      case 'SubExpression': {
        const call = expression as hbs.AST.SubExpression;
        knownHelper(call.path, vocabulary, expression);
        visitExpressions([...call.params, ...hashValues(call.hash)], vocabulary, variables);
        break;
      }
      case 'StringLiteral':
      case 'NumberLiteral':
      case 'BooleanLiteral':
        break;
      default:
        throw unsupported(expression.type, expression);
    }
  }
}

function knownHelper(path: hbs.AST.Node, vocabulary: TemplateVocabulary, at: hbs.AST.Node): void {
  const name = simpleName(path);
  if (!vocabulary.helpers.has(name)) throw unsupported(`unknown helper "${name}"`, at);
}

function simpleName(node: hbs.AST.Node): string {
  if (node.type !== 'PathExpression') throw unsupported(node.type, node);
  const path = node as hbs.AST.PathExpression;
  const name = path.parts[0];
  if (path.data || path.depth > 0 || path.parts.length !== 1 || name === undefined) {
    throw unsupported(`the path "${path.original}"`, node);
  }
  return name;
}

function hashValues(hash: hbs.AST.Hash | undefined): hbs.AST.Expression[] {
  return hash ? hash.pairs.map((pair) => pair.value) : [];
}

function unsupported(what: string, at: hbs.AST.Node): MailRenderError {
  return new MailRenderError(`Mail templates do not support ${what} (line ${at.loc.start.line})`);
}
