#include <gumbo.h>
#include <myhtml/api.h>
#include <zlib.h>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>
#include <filesystem>
std::string gunzip(const std::string& p){gzFile f=gzopen(p.c_str(),"rb");std::string s;char b[65536];int n;while((n=gzread(f,b,sizeof b))>0)s.append(b,n);gzclose(f);return s;}
size_t walk(GumboNode*n){size_t c=1;if(n->type==GUMBO_NODE_ELEMENT){auto&v=n->v.element.children;for(unsigned i=0;i<v.length;i++)c+=walk((GumboNode*)v.data[i]);}return c;}
int main(){std::vector<std::string> docs;size_t tot=0;for(auto&e:std::filesystem::directory_iterator("/work/shared/data/extraction-benchmark/html")){docs.push_back(gunzip(e.path()));tot+=docs.back().size();}
 for(int r=0;r<2;r++){auto t0=std::chrono::steady_clock::now();size_t nodes=0;for(auto&d:docs){GumboOutput*o=gumbo_parse_with_options(&kGumboDefaultOptions,d.data(),d.size());nodes+=walk(o->root);gumbo_destroy_output(&kGumboDefaultOptions,o);}
 double s=std::chrono::duration<double>(std::chrono::steady_clock::now()-t0).count();printf("gumbo %zu nodes %.3fs %.1f pages/s %.1f MB/s\n",nodes,s,docs.size()/s,tot/s/1e6);}
 myhtml_t*m=myhtml_create();myhtml_init(m,MyHTML_OPTIONS_PARSE_MODE_SINGLE,1,0);
 for(int r=0;r<2;r++){auto t0=std::chrono::steady_clock::now();size_t nodes=0;for(auto&d:docs){myhtml_tree_t*t=myhtml_tree_create();myhtml_tree_init(t,m);myhtml_parse(t,MyENCODING_UTF_8,d.data(),d.size());myhtml_tree_node_t*n=myhtml_tree_get_document(t);
 // iterative walk
 std::vector<myhtml_tree_node_t*> st{n};while(!st.empty()){auto x=st.back();st.pop_back();nodes++;for(auto c=myhtml_node_child(x);c;c=myhtml_node_next(c))st.push_back(c);}
 myhtml_tree_destroy(t);}
 double s=std::chrono::duration<double>(std::chrono::steady_clock::now()-t0).count();printf("myhtml %zu nodes %.3fs %.1f pages/s %.1f MB/s\n",nodes,s,docs.size()/s,tot/s/1e6);}
}
