#include "room/room_page.h"

#include "common/i18n.h"
#include "common/json_writer.h"
#include "common/text.h"
#include "common/translations.h"
#include "room/room_server.h"

namespace socle::room {

namespace {

std::string label(std::string_view english, std::string_view language) {
    return html_escape(common::translate(english, language));
}

std::string head(std::string_view language) {
    return "<!DOCTYPE html>\n<html lang=\"" + html_escape(language) +
           "\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>Socle</title><style>"
           "body{font-family:sans-serif;margin:0;padding:12px;font-size:18px;line-height:1.4;max-width:40em}"
           "button{display:block;width:100%;margin:6px 0;padding:12px;font-size:18px;text-align:left;"
           "border:1px solid #888;border-radius:6px;background:#f4f4f4}"
           "button.mine{background:#1a6fb5;color:#fff;border-color:#1a6fb5}"
           "small{display:block;font-size:15px}"
           "textarea,input{width:100%;box-sizing:border-box;font-size:18px;padding:8px}"
           ".note{color:#555}.hidden{display:none}"
           "</style></head><body>\n";
}

}  // namespace

std::string html_escape(std::string_view text) { return common::escape_markup(text); }

std::string script_string(std::string_view text) {
    const std::string quoted = "\"" + common::json_escape(text) + "\"";
    std::string out;
    for (const char c : quoted) {
        if (c == '<') {
            out += "\\u003c";
        } else {
            out.push_back(c);
        }
    }
    return out;
}

HttpResponse code_form_page(std::string_view language, bool wrong_code) {
    std::string body = head(language);
    body += "<h1>Socle</h1>";
    if (wrong_code) body += "<p><b>" + label(N_("This session code is not right."), language) + "</b></p>";
    body += "<form method=\"get\" action=\"/\"><p>" + label(N_("Session code shown on the screen:"), language) +
            "</p><input name=\"c\" autocomplete=\"off\" autocapitalize=\"characters\"><button type=\"submit\">" +
            label(N_("Join"), language) + "</button></form></body></html>\n";
    return {200, "text/html; charset=utf-8", body};
}

std::string phone_page(std::string_view language, std::string_view code) {
    const auto text = [&](std::string_view english) { return script_string(common::translate(english, language)); };
    std::string body = head(language);
    body +=
        "<div id=\"join\" class=\"hidden\"><h1>" + label(N_("Who are you?"), language) +
        "</h1><div id=\"people\"></div><div id=\"add\" class=\"hidden\"><p>" +
        label(N_("Not in the list? Your name:"), language) +
        "</p><input id=\"newname\" maxlength=\"80\"><button id=\"addbtn\">" + label(N_("Join"), language) +
        "</button></div></div>\n"
        "<div id=\"vote\" class=\"hidden\"><p class=\"note\" id=\"where\"></p><h2 id=\"question\"></h2>"
        "<p id=\"status\"></p><div id=\"levels\"></div><textarea id=\"comment\" maxlength=\"500\" placeholder=\"" +
        label(N_("Comment (optional)"), language) + "\"></textarea></div>\n<p class=\"note\" id=\"message\"></p>\n";
    body += "<script>\nvar CODE=" + script_string(code) + ";\nvar T={open:" + text(N_("Voting is open: choose one.")) +
            ",closed:" + text(N_("Voting is closed. Wait for the facilitator.")) +
            ",na:" + text(N_("Not applicable")) + ",unknown:" + text(N_("Don't know")) +
            ",recorded:" + text(N_("Your vote is recorded. You can change it until voting closes.")) +
            ",lost:" + text(N_("Cannot reach the facilitator's computer; trying again...")) +
            ",of:" + text(N_("Indicator %1 of %2")) + ",you:" + text(N_("You vote as %1")) + "};\n";
    // The script: join once (the token is kept in localStorage, so a phone
    // that sleeps comes back as the same participant), then poll the state.
    body += R"JS(
var token=null,rev=-1,state=null;
try{token=window.localStorage.getItem('socle-'+CODE);}catch(e){}
function $(id){return document.getElementById(id);}
function show(id,on){$(id).className=on?'':'hidden';}
function say(t){$('message').textContent=t||'';}
function ask(method,path,fields,done){
  var x=new XMLHttpRequest(),q='c='+encodeURIComponent(CODE);
  for(var k in fields){if(fields.hasOwnProperty(k)){q+='&'+k+'='+encodeURIComponent(fields[k]);}}
  x.open(method,method=='GET'?path+'?'+q:path,true);
  if(method=='POST'){x.setRequestHeader('Content-Type','application/x-www-form-urlencoded');}
  x.onreadystatechange=function(){
    if(x.readyState!=4){return;}
    var r=null;try{r=JSON.parse(x.responseText);}catch(e){}
    done(x.status,r);
  };
  x.send(method=='POST'?q:null);
}
function joined(status,r){
  if(status==200){token=r.token;try{window.localStorage.setItem('socle-'+CODE,token);}catch(e){}rev=-1;poll();}
  else{say(r&&r.error);}
}
function people(){
  show('join',true);show('vote',false);
  ask('GET','/api/participants',{},function(status,r){
    if(status!=200){say(T.lost);setTimeout(people,3000);return;}
    var box=$('people');box.innerHTML='';
    for(var i=0;i<r.participants.length;i++){(function(p){
      var b=document.createElement('button');b.textContent=p.name;
      b.onclick=function(){ask('POST','/api/join',{participant:p.id},joined);};box.appendChild(b);
    })(r.participants[i]);}
    show('add',r.allow_new);
  });
}
$('addbtn').onclick=function(){ask('POST','/api/join',{name:$('newname').value},joined);};
function button(key,title,detail){
  var b=document.createElement('button');
  b.appendChild(document.createTextNode(title));
  if(detail){var s=document.createElement('small');s.textContent=detail;b.appendChild(s);}
  b.disabled=!state.open;if(state.my_vote==key){b.className='mine';}
  b.onclick=function(){
    ask('POST','/api/vote',{t:token,indicator:state.indicator.id,vote:key,comment:$('comment').value},function(status,r){
      if(status==200){state.my_vote=r.recorded;draw();say(T.recorded);}else{say(r&&r.error);rev=-1;}
    });
  };
  return b;
}
function draw(){
  show('join',false);show('vote',true);
  $('where').textContent=T.of.replace('%1',state.position).replace('%2',state.count)+' \u2014 '+T.you.replace('%1',state.me);
  $('question').textContent=state.indicator.question;
  $('status').textContent=state.open?T.open:T.closed;
  var box=$('levels');box.innerHTML='';
  var levels=state.indicator.levels;
  for(var i=0;i<levels.length;i++){box.appendChild(button(String(levels[i].value),levels[i].value+'. '+levels[i].name,levels[i].descriptor));}
  box.appendChild(button('na',T.na,''));box.appendChild(button('unknown',T.unknown,''));
}
function poll(){
  if(!token){people();return;}
  ask('GET','/api/state',{t:token},function(status,r){
    if(status==200){
      if(r.revision!=rev||!state||state.indicator.id!=r.indicator.id){
        if(state&&state.indicator.id!=r.indicator.id){$('comment').value='';say('');}
        rev=r.revision;state=r;draw();
      }
      setTimeout(poll,2000);
    }else if(status==401){token=null;people();}
    else{say(T.lost);setTimeout(poll,3000);}
  });
}
poll();
</script></body></html>
)JS";
    return body;
}

}  // namespace socle::room
