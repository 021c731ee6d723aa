namespace KnowledgeGraph.Cleaning;

public enum BoilerplateRuleKind { Line, Span, List, Tail, Byline, Repeat, Meta, Credit }
