namespace KnowledgeGraph.Recognition.Events;

public enum EventKind { Other, Meeting, Attack }
