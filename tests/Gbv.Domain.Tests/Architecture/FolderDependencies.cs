using Mono.Cecil;

namespace Gbv.Domain.Tests.Architecture;

/// <summary>
/// Which folder (namespace) of an assembly names which other folder's types, read from the compiled IL rather than
/// from the source, so that a type named only inside a method body, a lambda, an attribute or a generic argument
/// counts as much as one in a signature.
/// </summary>
internal static class FolderDependencies
{
    /// <summary>One use: a type of <paramref name="From"/> names <paramref name="Target"/>, a type of another folder.</summary>
    public sealed record Use(string From, string To, string User, string Target);

    /// <summary>Every use of a type from another namespace of the same assembly.</summary>
    public static IReadOnlyList<Use> Read(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var own = module.Assembly.Name.Name;
        var uses = new HashSet<Use>();
        foreach (var type in module.GetTypes())
        {
            var from = Namespace(type);
            if (from.Length == 0)
            {
                continue; // <Module> and compiler-generated types outside any namespace
            }

            void Note(TypeReference? target)
            {
                foreach (var named in Flatten(target))
                {
                    if (AssemblyOf(named) != own)
                    {
                        continue;
                    }

                    var to = Namespace(named);
                    if (to.Length > 0 && to != from)
                    {
                        uses.Add(new Use(from, to, Outermost(type).FullName, Outermost(named).FullName));
                    }
                }
            }

            Note(type.BaseType);
            foreach (var i in type.Interfaces)
            {
                Note(i.InterfaceType);
            }

            Attributes(type.CustomAttributes, Note);
            foreach (var field in type.Fields)
            {
                Note(field.FieldType);
                Attributes(field.CustomAttributes, Note);
            }

            foreach (var property in type.Properties)
            {
                Note(property.PropertyType);
                Attributes(property.CustomAttributes, Note);
            }

            foreach (var method in type.Methods)
            {
                Note(method.ReturnType);
                Attributes(method.CustomAttributes, Note);
                foreach (var parameter in method.Parameters)
                {
                    Note(parameter.ParameterType);
                }

                foreach (var constraint in method.GenericParameters.SelectMany(g => g.Constraints))
                {
                    Note(constraint.ConstraintType);
                }

                if (!method.HasBody)
                {
                    continue;
                }

                foreach (var local in method.Body.Variables)
                {
                    Note(local.VariableType);
                }

                foreach (var instruction in method.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference t:
                            Note(t);
                            break;
                        case MethodReference m:
                            Note(m.DeclaringType);
                            Note(m.ReturnType);
                            foreach (var p in m.Parameters)
                            {
                                Note(p.ParameterType);
                            }

                            if (m is GenericInstanceMethod g)
                            {
                                foreach (var a in g.GenericArguments)
                                {
                                    Note(a);
                                }
                            }

                            break;
                        case FieldReference f:
                            Note(f.DeclaringType);
                            Note(f.FieldType);
                            break;
                        case CallSite c:
                            Note(c.ReturnType);
                            break;
                    }
                }
            }
        }

        return [.. uses.OrderBy(u => u.From, StringComparer.Ordinal).ThenBy(u => u.To, StringComparer.Ordinal).ThenBy(u => u.User, StringComparer.Ordinal)];
    }

    private static void Attributes(IEnumerable<CustomAttribute> attributes, Action<TypeReference?> note)
    {
        foreach (var attribute in attributes)
        {
            note(attribute.AttributeType);
            foreach (var argument in attribute.ConstructorArguments)
            {
                note(argument.Value as TypeReference);
            }
        }
    }

    private static IEnumerable<TypeReference> Flatten(TypeReference? type)
    {
        switch (type)
        {
            case null:
            case GenericParameter:
                yield break;
            case GenericInstanceType generic:
                yield return generic.ElementType;
                foreach (var argument in generic.GenericArguments.SelectMany(Flatten))
                {
                    yield return argument;
                }

                yield break;
            case TypeSpecification spec:
                foreach (var inner in Flatten(spec.ElementType))
                {
                    yield return inner;
                }

                yield break;
            default:
                yield return type;
                break;
        }
    }

    private static string AssemblyOf(TypeReference type) => type.Scope switch
    {
        ModuleDefinition m => m.Assembly.Name.Name,
        AssemblyNameReference a => a.Name,
        _ => type.Module.Assembly.Name.Name,
    };

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    // A nested type (a closure, a state machine, a nested record) belongs to the folder of the type that declares it.
    private static string Namespace(TypeReference type) => Outermost(type).Namespace;
}
