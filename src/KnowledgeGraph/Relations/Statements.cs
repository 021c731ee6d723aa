using KnowledgeGraph.Graph;
using KnowledgeGraph.Language;
using KnowledgeGraph.Recognition;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Relations;
